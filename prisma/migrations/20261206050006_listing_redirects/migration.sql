-- CreateTable
CREATE TABLE "ListingRedirect" (
    "kind" TEXT NOT NULL,
    "fromSlug" TEXT NOT NULL,
    "toSlug" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ListingRedirect_pkey" PRIMARY KEY ("kind","fromSlug")
);

-- CreateIndex
CREATE INDEX "ListingRedirect_kind_toSlug_idx" ON "ListingRedirect"("kind", "toSlug");

