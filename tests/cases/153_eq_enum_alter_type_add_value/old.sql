CREATE TYPE priority AS ENUM ('lowest', 'low', 'medium', 'high', 'critical', 'urgent');
