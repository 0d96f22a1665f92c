import Link from "next/link";

export default function Forbidden() {
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-24 text-center">
      <p className="text-sm font-semibold text-danger-fg">403</p>
      <h1 className="mt-2 text-2xl font-semibold">Your role cannot open this page</h1>
      <p className="mt-2 text-ink-muted">Switch to another role in the top bar, or ask an administrator for access.</p>
      <Link href="/dashboard" className="mt-6 inline-block font-medium text-furrow-700 hover:underline">
        Back to your dashboard
      </Link>
    </main>
  );
}
