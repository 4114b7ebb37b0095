// better-auth answers its own errors (an email in use, a forbidden role change); the staff APIs
// pass them on in the portal's envelope.
import { ApiError } from '@/lib/http/api-error';

export async function withAuthErrors<T>(work: () => Promise<T>, field?: string): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const authError = error as { name?: string; status?: string; message?: string };
    if (authError.name !== 'APIError') throw error;
    const message = authError.message || 'The change was refused.';
    if (authError.status === 'FORBIDDEN') throw new ApiError('forbidden', message);
    if (authError.status === 'UNAUTHORIZED') throw new ApiError('unauthorized', message);
    throw new ApiError('validation_failed', message, field ? { errors: [{ field, message }] } : {});
  }
}
