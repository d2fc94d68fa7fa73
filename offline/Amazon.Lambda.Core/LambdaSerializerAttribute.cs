namespace Amazon.Lambda.Core
{
    using System;

    /// <summary>Facade of Amazon.Lambda.Core's LambdaSerializerAttribute: names the ILambdaSerializer for a method or assembly.</summary>
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Assembly, AllowMultiple = false)]
    public sealed class LambdaSerializerAttribute : Attribute
    {
        public LambdaSerializerAttribute(Type serializerType)
        {
            SerializerType = serializerType;
        }

        public Type SerializerType { get; set; }
    }
}
