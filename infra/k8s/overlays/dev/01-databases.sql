-- One login role and one database per service: no service can read another's tables.
-- Run by the postgres image on first start (psql, as the superuser); the passwords come from
-- the environment (see docker-compose.yml). For a managed PostgreSQL run it the same way:
--   ADMISSION_DB_PASSWORD=... CONTRACTING_DB_PASSWORD=... AVAILABILITY_DB_PASSWORD=... \
--   MONITORING_DB_PASSWORD=... psql "$ADMIN_URL" -f 01-databases.sql
-- Tables are created afterwards by `zorgregio migrate <service>`.
\set ON_ERROR_STOP on

\getenv admission_password ADMISSION_DB_PASSWORD
\getenv contracting_password CONTRACTING_DB_PASSWORD
\getenv availability_password AVAILABILITY_DB_PASSWORD
\getenv monitoring_password MONITORING_DB_PASSWORD

CREATE ROLE admission LOGIN PASSWORD :'admission_password';
CREATE ROLE contracting LOGIN PASSWORD :'contracting_password';
CREATE ROLE availability LOGIN PASSWORD :'availability_password';
CREATE ROLE monitoring LOGIN PASSWORD :'monitoring_password';

CREATE DATABASE zorgregio_admission OWNER admission;
CREATE DATABASE zorgregio_contracting OWNER contracting;
CREATE DATABASE zorgregio_availability OWNER availability;
CREATE DATABASE zorgregio_monitoring OWNER monitoring;

REVOKE ALL ON DATABASE zorgregio_admission FROM PUBLIC;
REVOKE ALL ON DATABASE zorgregio_contracting FROM PUBLIC;
REVOKE ALL ON DATABASE zorgregio_availability FROM PUBLIC;
REVOKE ALL ON DATABASE zorgregio_monitoring FROM PUBLIC;
