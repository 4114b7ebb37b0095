// Posts an order from the browser to /send_request_web. XMLHttpRequest rather than fetch, because
// only it reports upload progress, which a patient sending a large photo on a phone needs to see.
export interface OrderAnswer {
  status: number;
  body: {
    code?: number;
    reference?: string;
    error?: string;
    message?: string;
    errors?: Array<{ field: string; message: string }>;
  };
}

/** The request never got an answer (offline, connection lost). */
export class NetworkError extends Error {
  name = 'NetworkError';
}

export function sendOrderRequest(
  body: FormData,
  options: { idempotencyKey: string; onProgress?: (fraction: number) => void },
): Promise<OrderAnswer> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/send_request_web');
    request.setRequestHeader('Idempotency-Key', options.idempotencyKey);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress?.(event.loaded / event.total);
    };
    request.onload = () => {
      try {
        resolve({ status: request.status, body: JSON.parse(request.responseText) });
      } catch {
        resolve({ status: request.status, body: {} });
      }
    };
    request.onerror = () => reject(new NetworkError('The order could not reach the pharmacy.'));
    request.ontimeout = request.onerror;
    request.send(body);
  });
}
