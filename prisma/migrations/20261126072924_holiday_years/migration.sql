-- CreateTable
CREATE TABLE "holiday_years" (
    "year" INTEGER NOT NULL,
    "tet_days" DATE[],
    "national_day_extra" TEXT NOT NULL DEFAULT 'before',
    "culture_day" BOOLEAN NOT NULL DEFAULT true,
    "extra_days_off" DATE[],
    "working_weekends" DATE[],
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "updated_by_id" UUID,

    CONSTRAINT "holiday_years_pkey" PRIMARY KEY ("year")
);
