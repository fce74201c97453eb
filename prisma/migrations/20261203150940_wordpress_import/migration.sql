-- CreateTable
CREATE TABLE "PathRedirect" (
    "path" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PathRedirect_pkey" PRIMARY KEY ("path")
);

-- CreateTable
CREATE TABLE "ImportedItem" (
    "key" TEXT NOT NULL,
    "articleId" TEXT,
    "mediaId" TEXT,
    "fingerprint" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ImportedItem_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "PathRedirect_articleId_idx" ON "PathRedirect"("articleId");

-- CreateIndex
CREATE INDEX "ImportedItem_articleId_idx" ON "ImportedItem"("articleId");

-- CreateIndex
CREATE INDEX "ImportedItem_mediaId_idx" ON "ImportedItem"("mediaId");

-- AddForeignKey
ALTER TABLE "PathRedirect" ADD CONSTRAINT "PathRedirect_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportedItem" ADD CONSTRAINT "ImportedItem_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportedItem" ADD CONSTRAINT "ImportedItem_mediaId_fkey" FOREIGN KEY ("mediaId") REFERENCES "Media"("id") ON DELETE CASCADE ON UPDATE CASCADE;

