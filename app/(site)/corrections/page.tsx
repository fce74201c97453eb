import { CorrectionsList, correctionsMetadata } from "@/components/site/corrections-list";
import { listCorrections } from "@/server/data/corrections";

export const metadata = correctionsMetadata(1);

export default async function CorrectionsPage() {
  return <CorrectionsList list={(await listCorrections(1))!} />;
}
