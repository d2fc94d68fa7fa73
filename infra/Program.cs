using Lab.Infra;
using Pulumi;

// `pulumi up` enters here; `lab plan` and `lab local` run the same LabProgram.Define under mocks.
return await Deployment.RunAsync(LabProgram.Define);
