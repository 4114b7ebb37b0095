# The published Python sample, with its placeholders filled in from the environment.
import os
import requests

url = os.environ["PORTAL_URL"] + "/send_request_web"

payload = {'client_id': os.environ["CLIENT_ID"],
'prescription': 'Headache',
'order_items': '[{"name": "drug 1", "quantity": 2}, {"name": "drug 2", "quantity": 3}]'}
files=[
  ('file',('toda.png',open(os.environ["FILE"],'rb'),'image/png'))
]
headers = {
  'x-api-key': os.environ["API_KEY"],

}

response = requests.request("POST", url, headers=headers, data=payload, files=files)

print(response.text)
