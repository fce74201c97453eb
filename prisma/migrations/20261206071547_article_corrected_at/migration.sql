-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "correctedAt" TIMESTAMP(3);

