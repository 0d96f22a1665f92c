import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-24 text-center">
      <p className="text-sm font-semibold text-ink-subtle">404</p>
      <h1 className="mt-2 text-2xl font-semibold">This page does not exist</h1>
      <Link href="/" className="mt-6 inline-block font-medium text-furrow-700 hover:underline">
        Go to the start page
      </Link>
    </main>
  );
}
