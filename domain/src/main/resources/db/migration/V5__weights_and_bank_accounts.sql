-- Shipping fees go by weight, and VietQR transfers go to the producer's own account.
-- product.weight_grams and producer.bank_bin/bank_account exist since V1. Goods whose weight was
-- left at 0 now ship as a 500 g parcel; community tourism (tours, homestay nights) ships nothing
-- and keeps 0.
ALTER TABLE product ALTER COLUMN weight_grams SET DEFAULT 500;
UPDATE product SET weight_grams = 500 WHERE weight_grams <= 0 AND product_group <> 'TOURISM';

-- The account holder's name as the bank has it (upper case, no diacritics), shown beside the QR code.
ALTER TABLE producer ADD COLUMN bank_account_name VARCHAR(50) NULL;
