#!/bin/sh
# Pids and references differ from run to run (and between the BEAM and proclab).
sed -E 's/#PID<[0-9.]+>/#PID<X>/g; s/#Reference<[0-9.]+>/#Reference<X>/g'
