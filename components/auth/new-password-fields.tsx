// The password + repeat pair of sign-up and invitation forms, with the rules as a hint.
import { Field, Input } from "@/components/ui";
import type { FieldErrors } from "@/lib/errors";

export function NewPasswordFields({ errors }: { errors: FieldErrors }) {
  return (
    <>
      <Field label="Password" required errors={errors.password} hint="At least 12 characters, with a letter and a digit.">
        <Input name="password" type="password" autoComplete="new-password" required />
      </Field>
      <Field label="Repeat password" required errors={errors.confirmPassword}>
        <Input name="confirmPassword" type="password" autoComplete="new-password" required />
      </Field>
    </>
  );
}
