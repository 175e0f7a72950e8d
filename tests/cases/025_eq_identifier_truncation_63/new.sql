-- identifiers longer than 63 bytes are truncated to 63 bytes
CREATE TABLE a_table_name_that_is_exactly_sixty_three_bytes_long_padding_xyz (id integer, a_column_name_that_is_exactly_sixty_three_bytes_long_padding_ab text);
