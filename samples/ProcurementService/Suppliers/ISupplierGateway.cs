namespace ProcurementService.Suppliers;

/// <summary>Places purchase orders with one supplier.</summary>
public interface ISupplierGateway
{
    string SupplierId { get; }

    PurchaseOrderReceipt Submit(PurchaseOrder order);
}

public sealed record PurchaseOrder(string PartNumber, int Quantity, decimal UnitPrice);

public sealed record PurchaseOrderReceipt(string SupplierId, string Confirmation);
