-- AlterTable
ALTER TABLE "reviews" ADD COLUMN     "follow_up_task_ids" UUID[];
