// The shared frame of notification e-mails: plain text first (always readable), a simple HTML twin.
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export type Rendered = { subject: string; text: string; html: string; inApp: { title: string; body: string } };

export function htmlFrame(title: string, bodyHtml: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body style="font-family:system-ui,-apple-system,Segoe UI,sans-serif;color:#1f2a1f;background:#f6f7f2;margin:0;padding:24px">
<div style="max-width:560px;margin:0 auto;background:#fff;border-radius:8px;padding:24px;border:1px solid #e3e6dc">
<p style="font-weight:600;color:#3f6b2a;margin:0 0 16px">Furrow</p>
${bodyHtml}
<p style="color:#6b7268;font-size:12px;margin-top:24px">Fresh produce from farms near you.</p>
</div></body></html>`;
}
