using Mono.Cecil;
using Mono.Cecil.Cil;

namespace FactCheck.Tests.Architecture;

/// <summary>The types one type definition names anywhere in its signatures, attributes and IL.</summary>
internal static class TypeUsages
{
    public static IEnumerable<TypeReference> Of(TypeDefinition type)
    {
        var found = new List<TypeReference>();
        void Add(TypeReference? reference) => Unwrap(reference, found);

        Add(type.BaseType);
        foreach (var face in type.Interfaces) Add(face.InterfaceType);
        AddAttributes(type, found);
        AddConstraints(type, found);
        foreach (var field in type.Fields) { Add(field.FieldType); AddAttributes(field, found); }
        foreach (var property in type.Properties) { Add(property.PropertyType); AddAttributes(property, found); }
        foreach (var @event in type.Events) Add(@event.EventType);
        foreach (var method in type.Methods)
        {
            AddSignature(method, found);
            AddAttributes(method, found);
            AddConstraints(method, found);
            if (method.HasBody) AddBody(method.Body, found);
        }
        return found;
    }

    private static void AddBody(MethodBody body, List<TypeReference> found)
    {
        foreach (var variable in body.Variables) Unwrap(variable.VariableType, found);
        foreach (var handler in body.ExceptionHandlers) Unwrap(handler.CatchType, found);
        foreach (var instruction in body.Instructions)
        {
            switch (instruction.Operand)
            {
                case TypeReference type: Unwrap(type, found); break;
                case MethodReference method:
                    Unwrap(method.DeclaringType, found);
                    AddSignature(method, found);
                    if (method is GenericInstanceMethod generic)
                        foreach (var argument in generic.GenericArguments) Unwrap(argument, found);
                    break;
                case FieldReference field: Unwrap(field.DeclaringType, found); Unwrap(field.FieldType, found); break;
            }
        }
    }

    private static void AddSignature(MethodReference method, List<TypeReference> found)
    {
        Unwrap(method.ReturnType, found);
        foreach (var parameter in method.Parameters) Unwrap(parameter.ParameterType, found);
    }

    private static void AddAttributes(ICustomAttributeProvider provider, List<TypeReference> found)
    {
        foreach (var attribute in provider.CustomAttributes) Unwrap(attribute.AttributeType, found);
    }

    private static void AddConstraints(IGenericParameterProvider provider, List<TypeReference> found)
    {
        foreach (var parameter in provider.GenericParameters)
            foreach (var constraint in parameter.Constraints) Unwrap(constraint.ConstraintType, found);
    }

    // Arrays, by-refs, pointers and generic instances stand for the types inside them.
    private static void Unwrap(TypeReference? reference, List<TypeReference> found)
    {
        switch (reference)
        {
            case null or GenericParameter: return;
            case GenericInstanceType generic:
                Unwrap(generic.ElementType, found);
                foreach (var argument in generic.GenericArguments) Unwrap(argument, found);
                return;
            case IModifierType modified:
                Unwrap(modified.ModifierType, found);
                Unwrap(modified.ElementType, found);
                return;
            case TypeSpecification specification: Unwrap(specification.ElementType, found); return;
            default: found.Add(reference); return;
        }
    }
}
