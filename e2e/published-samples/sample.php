<?php
// The published PHP sample, with its placeholders filled in from the environment.

$curl = curl_init();

curl_setopt_array($curl, array(
  CURLOPT_URL => getenv('PORTAL_URL') . '/send_request_web',
  CURLOPT_RETURNTRANSFER => true,
  CURLOPT_ENCODING => '',
  CURLOPT_MAXREDIRS => 10,
  CURLOPT_TIMEOUT => 0,
  CURLOPT_FOLLOWLOCATION => true,
  CURLOPT_HTTP_VERSION => CURL_HTTP_VERSION_1_1,
  CURLOPT_CUSTOMREQUEST => 'POST',
  CURLOPT_POSTFIELDS => array('client_id' => getenv('CLIENT_ID'),'prescription' => 'Headache','order_items' => '[{"name": "drug 1", "quantity": 2}, {"name": "drug 2", "quantity": 3}]','file'=> new CURLFILE(getenv('FILE'))),
  CURLOPT_HTTPHEADER => array(
    'x-api-key: ' . getenv('API_KEY'),

  ),
));

$response = curl_exec($curl);

curl_close($curl);
echo $response;
