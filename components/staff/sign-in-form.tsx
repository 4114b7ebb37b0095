'use client';
// Staff sign-in: email and password. A wrong pair gets one message, whichever part is wrong.
import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import * as z from 'zod/mini';
import { ErrorSummary, type SummaryError } from '@/components/forms/error-summary';
import { FormField, describedBy, fieldIds, inputClass } from '@/components/forms/form-field';

const signInSchema = z.object({
  email: z.string().check(z.trim(), z.minLength(1, { error: 'Enter your email address' })),
  password: z.string().check(z.minLength(1, { error: 'Enter your password' })),
});

type SignIn = z.infer<typeof signInSchema>;

const WRONG = 'Enter a correct email address and password';

export function SignInForm({ next }: { next: string }) {
  const router = useRouter();
  const form = useForm<SignIn>({
    defaultValues: { email: '', password: '' },
    resolver: zodResolver(signInSchema),
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;
  const [attempts, setAttempts] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);

  const signIn = async (values: SignIn) => {
    let response: Response | undefined;
    try {
      response = await fetch('/api/auth/sign-in/email', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: values.email, password: values.password }),
      });
    } catch {
      // handled below: no response
    }
    if (response?.ok) return router.push(next);
    const body = (await response?.json().catch(() => ({}))) as { message?: string } | undefined;
    const message = !response
      ? 'The portal could not be reached. Check the connection and try again.'
      : response.status === 429
        ? (body?.message ?? 'Too many failed sign-ins. Wait a minute and try again.')
        : response.status === 403
          ? 'This account is disabled. Ask an administrator to enable it.'
          : WRONG;
    form.setError('root.server', { message });
    setAttempts((count) => count + 1);
  };

  const summary: SummaryError[] = [
    ...(errors.email?.message ? [{ fieldId: 'email', message: errors.email.message }] : []),
    ...(errors.password?.message ? [{ fieldId: 'password', message: errors.password.message }] : []),
    ...(errors.root?.server?.message ? [{ fieldId: 'email', message: errors.root.server.message }] : []),
  ];
  const email = fieldIds('email');
  const password = fieldIds('password');

  return (
    <form
      noValidate
      onSubmit={form.handleSubmit(signIn, () => setAttempts((count) => count + 1))}
      className="mt-6 space-y-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-8"
    >
      <ErrorSummary errors={summary} summaryRef={summaryRef} focusKey={attempts} />
      <FormField ids={email} label="Email" error={errors.email?.message}>
        <input
          {...form.register('email')}
          {...describedBy(email, { error: errors.email?.message })}
          type="email"
          autoComplete="username"
          className={inputClass(errors.email?.message)}
        />
      </FormField>
      <FormField ids={password} label="Password" error={errors.password?.message}>
        <input
          {...form.register('password')}
          {...describedBy(password, { error: errors.password?.message })}
          type="password"
          autoComplete="current-password"
          className={inputClass(errors.password?.message)}
        />
      </FormField>
      <button
        type="submit"
        disabled={isSubmitting}
        className="w-full rounded-md bg-brand-700 px-6 py-3 text-lg font-semibold text-white hover:bg-brand-800 disabled:opacity-70 sm:w-auto"
      >
        {isSubmitting ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
