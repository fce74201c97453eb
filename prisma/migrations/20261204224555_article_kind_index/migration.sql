-- CreateIndex
CREATE INDEX "Article_kind_status_idx" ON "Article"("kind", "status");

