// Words and colours of plan exceptions and substitution proposals.
import type { Tone } from "@/components/ui";

export const EXCEPTION_KIND: Record<string, { label: string; tone: Tone }> = {
  SHORTAGE: { label: "Shortage", tone: "danger" },
  SURPLUS: { label: "Surplus", tone: "warning" },
  CAPACITY_RISK: { label: "Capacity risk", tone: "warning" },
};

export const EXCEPTION_STATUS: Record<string, Tone> = { OPEN: "danger", PROPOSED: "info", RESOLVED: "success", DISMISSED: "neutral" };
export const PROPOSAL_STATUS: Record<string, Tone> = { PROPOSED: "info", APPROVED: "success", DECLINED: "warning", REJECTED: "neutral" };
