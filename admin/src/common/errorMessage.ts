/** The message to show for a failed action: a field error when there is one, else the API's message. */
export function errorMessage(error: unknown): string {
  const body = (error as { body?: { message?: string | string[]; errors?: Record<string, string> } })?.body;
  const fieldError = body?.errors && Object.values(body.errors)[0];
  if (fieldError) return fieldError;
  const message = Array.isArray(body?.message) ? body?.message.join(', ') : body?.message;
  return message || (error as Error)?.message || 'ra.notification.http_error';
}
