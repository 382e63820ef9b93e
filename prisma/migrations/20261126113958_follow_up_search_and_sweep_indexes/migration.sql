-- AlterTable (edited by hand: boxes already kept get their folded name and location, the same
-- folding as foldText in packages/shared/src/text.ts for Vietnamese letters; new ones are written by the API)
ALTER TABLE "suggestion_boxes" ADD COLUMN     "search_text" TEXT NOT NULL DEFAULT '';
UPDATE "suggestion_boxes" SET "search_text" = btrim(regexp_replace(lower(translate("name" || ' ' || "location",
  'AàÀáÁãÃảẢạẠăĂằẰắẮẵẴẳẲặẶâÂầẦấẤẫẪẩẨậẬEèÈéÉẽẼẻẺẹẸêÊềỀếẾễỄểỂệỆIìÌíÍĩĨỉỈịỊOòÒóÓõÕỏỎọỌôÔồỒốỐỗỖổỔộỘơƠờỜớỚỡỠởỞợỢUùÙúÚũŨủỦụỤưƯừỪứỨữỮửỬựỰYỳỲýÝỹỸỷỶỵỴđĐ',
  'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeeeeeeeeiiiiiiiiiiiooooooooooooooooooooooooooooooooooouuuuuuuuuuuuuuuuuuuuuuuyyyyyyyyyyydd')), '\s+', ' ', 'g'));
ALTER TABLE "suggestion_boxes" ALTER COLUMN "search_text" DROP DEFAULT;

-- CreateIndex
CREATE INDEX "recommendations_status_due_on_idx" ON "recommendations"("status", "due_on");

-- CreateIndex
CREATE INDEX "suggestion_boxes_unit_id_search_text_idx" ON "suggestion_boxes" USING GIN ("unit_id" uuid_ops, "search_text" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "suggestions_box_id_created_at_id_idx" ON "suggestions"("box_id", "created_at" DESC, "id");

-- CreateIndex
CREATE INDEX "supervision_boards_unit_id_name_id_idx" ON "supervision_boards"("unit_id", "name", "id");

-- CreateIndex
CREATE INDEX "voter_petitions_status_due_on_idx" ON "voter_petitions"("status", "due_on");
