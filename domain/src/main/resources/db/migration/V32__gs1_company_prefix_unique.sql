-- A GS1 company prefix belongs to one producer (GTINs are built from it).
CREATE UNIQUE INDEX ux_producer_gs1_company_prefix ON producer (gs1_company_prefix);
