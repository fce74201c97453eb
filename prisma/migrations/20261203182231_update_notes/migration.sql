-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "updateNote" TEXT;

