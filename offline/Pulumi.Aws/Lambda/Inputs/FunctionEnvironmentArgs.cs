// Offline facade of Pulumi.Aws 7.48.0 (see offline/README.md): same public shape as the generated SDK.
using System.Collections.Immutable;

namespace Pulumi.Aws.Lambda.Inputs
{

    public sealed class FunctionEnvironmentArgs : global::Pulumi.ResourceArgs
    {
        [Input("variables")]
        private InputMap<string>? _variables;
        public InputMap<string> Variables
        {
            get => _variables ?? (_variables = new InputMap<string>());
            set => _variables = value;
        }

        public FunctionEnvironmentArgs()
        {
        }
        public static new FunctionEnvironmentArgs Empty => new FunctionEnvironmentArgs();
    }
}
