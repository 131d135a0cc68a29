from zorgregio.migrations import run_env

from monitor_service.adapters.orm import Base

run_env(Base.metadata)
