#!/usr/bin/env bash
# Gradescope runs this once, when it builds the autograder's image (Ubuntu): the .NET 10 SDK, then
# one build of the kit, so that each submission is graded without building anything.
set -euo pipefail
apt-get update
apt-get install -y --no-install-recommends curl ca-certificates libicu-dev
curl -sSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
bash /tmp/dotnet-install.sh --channel 10.0 --install-dir /usr/share/dotnet
ln -sf /usr/share/dotnet/dotnet /usr/local/bin/dotnet
cd /autograder/source/kit
dotnet build Attention.Assignment.sln
