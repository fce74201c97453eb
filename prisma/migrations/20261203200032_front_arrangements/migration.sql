-- CreateTable
CREATE TABLE "Arrangement" (
    "id" TEXT NOT NULL,
    "sectionId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "draftSavedAt" TIMESTAMP(3),
    "draftSavedById" TEXT,

    CONSTRAINT "Arrangement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArrangementSlot" (
    "arrangementId" TEXT NOT NULL,
    "draft" BOOLEAN NOT NULL,
    "slot" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "articleId" TEXT NOT NULL,

    CONSTRAINT "ArrangementSlot_pkey" PRIMARY KEY ("arrangementId","draft","slot","position")
);

-- CreateTable
CREATE TABLE "ArrangementRevision" (
    "id" TEXT NOT NULL,
    "arrangementId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "slots" JSONB NOT NULL,
    "userId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArrangementRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Arrangement_sectionId_key" ON "Arrangement"("sectionId");

-- CreateIndex
CREATE INDEX "ArrangementSlot_articleId_idx" ON "ArrangementSlot"("articleId");

-- CreateIndex
CREATE INDEX "ArrangementRevision_arrangementId_createdAt_idx" ON "ArrangementRevision"("arrangementId", "createdAt" DESC);

-- AddForeignKey
ALTER TABLE "Arrangement" ADD CONSTRAINT "Arrangement_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Arrangement" ADD CONSTRAINT "Arrangement_draftSavedById_fkey" FOREIGN KEY ("draftSavedById") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArrangementSlot" ADD CONSTRAINT "ArrangementSlot_arrangementId_fkey" FOREIGN KEY ("arrangementId") REFERENCES "Arrangement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArrangementSlot" ADD CONSTRAINT "ArrangementSlot_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArrangementRevision" ADD CONSTRAINT "ArrangementRevision_arrangementId_fkey" FOREIGN KEY ("arrangementId") REFERENCES "Arrangement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArrangementRevision" ADD CONSTRAINT "ArrangementRevision_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

