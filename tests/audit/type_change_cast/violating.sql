INSERT INTO readings VALUES (1, '12'), (2, 'n/a'), (3, '99999999999');
