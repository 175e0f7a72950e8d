INSERT INTO audit_log VALUES (1, 'a'), (2, 'b');
