import Link from "next/link";

/** Public footer: what Furrow is, and the links a shopper looks for at the bottom of a page. */
export function StorefrontFooter() {
  return (
    <footer className="mt-16 border-t border-line bg-surface">
      <div className="mx-auto grid max-w-7xl gap-8 px-4 py-10 text-sm text-ink-muted sm:grid-cols-3 sm:px-6">
        <div>
          <p className="flex items-center gap-2 font-semibold text-furrow-800">
            <span aria-hidden className="inline-block size-5 rounded-md bg-furrow-700" /> Furrow
          </p>
          <p className="mt-2 max-w-xs">Fresh produce from clusters of family farms, planned together and traced from field to door.</p>
        </div>
        <nav aria-label="Footer">
          <ul className="space-y-2">
            <li><Link className="hover:text-ink" href="/shop">All produce</Link></li>
            <li><Link className="hover:text-ink" href="/shop?certification=EU_ORGANIC">Organic</Link></li>
            <li><Link className="hover:text-ink" href="/login">Sign in</Link></li>
            <li><Link className="hover:text-ink" href="/signup">Create an account</Link></li>
          </ul>
        </nav>
        <p className="sm:text-right">
          Every lot is traceable: farm, harvest date, lab results and cold-chain readings are on each product page.
        </p>
      </div>
    </footer>
  );
}
