# Sourced by ./lab and scripts/test: decides the one switch LabSdk (real | offline) and says which.
# LAB_SDK=real|offline chooses explicitly. Without it we probe NuGet once for the pinned real
# packages; only when NuGet cannot supply them do we build against the facades in offline/.
lab_choose_sdk() {
  local root="$1" cache="$1/artifacts/sdk-choice" reason
  if [ -n "${LAB_SDK:-}" ]; then
    case "$LAB_SDK" in
      real|offline) reason="set by LAB_SDK" ;;
      *) echo "lab: LAB_SDK='$LAB_SDK' is not allowed: use LAB_SDK=real (NuGet packages) or LAB_SDK=offline (facades in offline/)." >&2; return 2 ;;
    esac
  elif [ -f "$cache" ] && [ "$cache" -nt "$root/build/Versions.props" ]; then
    LAB_SDK="$(cat "$cache")"; reason="probed earlier; delete artifacts/sdk-choice to probe again"
  else
    LAB_SDK="$(lab_probe_nuget "$root")"
    mkdir -p "$root/artifacts" && echo "$LAB_SDK" > "$cache"
    if [ "$LAB_SDK" = real ]; then reason="NuGet supplies the pinned Pulumi packages"
    else reason="NuGet here lacks the pinned Pulumi/Pulumi.Aws/Pulumi.Random/Amazon.Lambda.Core packages"; fi
  fi
  export LAB_SDK
  if [ "$LAB_SDK" = offline ]; then
    echo "lab: SDK = offline facades (offline/, LabSdk=offline): $reason. Deploying needs LAB_SDK=real." >&2
  else
    echo "lab: SDK = real NuGet packages (LabSdk=real): $reason." >&2
  fi
}

# Restores a throwaway project that references the pinned real packages; prints real or offline.
lab_probe_nuget() {
  local root="$1" dir
  dir="$(mktemp -d)"
  cat > "$dir/probe.csproj" <<PROBE
<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="$root/build/Versions.props" />
  <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Pulumi" Version="\$(PulumiVersion)" />
    <PackageReference Include="Pulumi.Aws" Version="\$(PulumiAwsVersion)" />
    <PackageReference Include="Pulumi.Random" Version="\$(PulumiRandomVersion)" />
    <PackageReference Include="Amazon.Lambda.Core" Version="\$(AmazonLambdaCoreVersion)" />
  </ItemGroup>
</Project>
PROBE
  if dotnet restore "$dir/probe.csproj" >/dev/null 2>&1; then echo real; else echo offline; fi
  rm -rf "$dir"
}
