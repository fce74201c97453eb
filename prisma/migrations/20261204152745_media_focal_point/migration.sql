-- AlterTable
ALTER TABLE "Media" ADD COLUMN     "focalX" INTEGER,
ADD COLUMN     "focalY" INTEGER;

