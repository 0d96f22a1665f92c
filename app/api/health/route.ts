// GET /api/health: liveness for load balancers, and the benchmark's same-run baseline (no database).
export function GET() {
  return Response.json({ ok: true });
}
