-- CREATE TYPE followed by ALTER TYPE ... ADD VALUE [BEFORE|AFTER] equals the full label list
CREATE TYPE priority AS ENUM ('low', 'high');
ALTER TYPE priority ADD VALUE 'urgent';
ALTER TYPE priority ADD VALUE 'critical' AFTER 'high';
ALTER TYPE priority ADD VALUE 'medium' BEFORE 'high';
ALTER TYPE priority ADD VALUE IF NOT EXISTS 'lowest' BEFORE 'low';
ALTER TYPE priority ADD VALUE IF NOT EXISTS 'low';
