export { default, metadata } from "../../admin/jobs/page";
