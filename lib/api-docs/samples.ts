// The published samples (curl, PHP, Python), as the API page shows them, for a given portal origin.
export function publishedSamples(origin: string): Array<{ language: string; code: string }> {
  const url = `${origin}/send_request_web`;
  return [
    {
      language: 'curl',
      code: `curl --location '${url}' \\
--header 'x-api-key: YOUR API KEY' \\
--form 'client_id="YOUR CLIENT ID"' \\
--form 'prescription="YOUR PRESCRIPTION"' \\
--form 'order_items="[{\\"name\\": \\"drug 1\\", \\"quantity\\": 2}, {\\"name\\": \\"drug 2\\", \\"quantity\\": 3}]"' \\
--form 'file=@"YOUR FILE"'`,
    },
    {
      language: 'PHP',
      code: `<?php

$curl = curl_init();

curl_setopt_array($curl, array(
  CURLOPT_URL => '${url}',
  CURLOPT_RETURNTRANSFER => true,
  CURLOPT_ENCODING => '',
  CURLOPT_MAXREDIRS => 10,
  CURLOPT_TIMEOUT => 0,
  CURLOPT_FOLLOWLOCATION => true,
  CURLOPT_HTTP_VERSION => CURL_HTTP_VERSION_1_1,
  CURLOPT_CUSTOMREQUEST => 'POST',
  CURLOPT_POSTFIELDS => array('client_id' => 'YOUR CLIENT ID','prescription' => 'YOUR PRESCRIPTION','order_items' => '[{"name": "drug 1", "quantity": 2}, {"name": "drug 2", "quantity": 3}]','file'=> new CURLFILE('YOUR FILE')),
  CURLOPT_HTTPHEADER => array(
    'x-api-key: YOUR API KEY',
  ),
));

$response = curl_exec($curl);

curl_close($curl);
echo $response;`,
    },
    {
      language: 'Python',
      code: `import requests

url = "${url}"

payload = {'client_id': 'YOUR CLIENT ID',
'prescription': 'YOUR PRESCRIPTION',
'order_items': '[{"name": "drug 1", "quantity": 2}, {"name": "drug 2", "quantity": 3}]'}
files=[
  ('file',('toda.png',open('YOUR FILE','rb'),'image/png'))
]
headers = {
  'x-api-key': 'YOUR API KEY',
}

response = requests.request("POST", url, headers=headers, data=payload, files=files)

print(response.text)`,
    },
  ];
}
