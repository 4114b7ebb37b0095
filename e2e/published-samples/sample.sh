#!/bin/sh
# The published curl sample, word for word, with its placeholders filled in from the environment.
curl --location "$PORTAL_URL/send_request_web" \
--header "x-api-key: $API_KEY" \
--form "client_id=\"$CLIENT_ID\"" \
--form 'prescription="Headache"' \
--form 'order_items="[{\"name\": \"drug 1\", \"quantity\": 2}, {\"name\": \"drug 2\", \"quantity\": 3}]"' \
--form "file=@\"$FILE\""
