package dev.callout.application.port;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.domain.catalog.Service;
import dev.callout.domain.catalog.ServicePackage;
import java.util.List;
import java.util.Optional;

/** The services on offer and their packages. */
public interface Catalog {

    void addService(Service service);

    void updateService(Service service);

    Optional<Service> service(String id);

    /** Active services, of one category when given, by name then id. */
    Page<Service> activeServices(String category, PageRequest page);

    void addPackage(ServicePackage servicePackage);

    void updatePackage(ServicePackage servicePackage);

    Optional<ServicePackage> servicePackage(String id);

    /** False when there was no such package. Jobs ordered with it keep their own copy. */
    boolean deletePackage(String id);

    /** The service's packages, cheapest first, then by id. */
    List<ServicePackage> packagesOf(String serviceId);
}
