CREATE TABLE items (a int NOT NULL, b int NOT NULL);
