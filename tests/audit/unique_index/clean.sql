-- Only active rows are in the partial index.
INSERT INTO accounts VALUES (1, 'Ann@x', true), (2, 'ann@x', false);
