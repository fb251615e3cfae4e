package dev.callout.application.inmemory;

import dev.callout.application.Page;
import dev.callout.application.PageRequest;
import dev.callout.application.port.Catalog;
import dev.callout.domain.catalog.Service;
import dev.callout.domain.catalog.ServicePackage;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Services and packages in maps. */
public final class InMemoryCatalog implements Catalog {

    private final Map<String, Service> services = new LinkedHashMap<>();
    private final Map<String, ServicePackage> packages = new LinkedHashMap<>();

    @Override
    public synchronized void addService(Service service) {
        services.put(service.id(), service);
    }

    @Override
    public synchronized void updateService(Service service) {
        services.replace(service.id(), service);
    }

    @Override
    public synchronized Optional<Service> service(String id) {
        return Optional.ofNullable(services.get(id));
    }

    @Override
    public synchronized Page<Service> activeServices(String category, PageRequest page) {
        List<Service> matching = services.values().stream()
                .filter(Service::isActive)
                .filter(service -> category == null || service.category().equals(category))
                .sorted(Comparator.comparing(Service::name).thenComparing(Service::id))
                .toList();
        return new Page<>(matching.stream().skip(page.offset()).limit(page.limit()).toList(), page, matching.size());
    }

    @Override
    public synchronized void addPackage(ServicePackage servicePackage) {
        if (!services.containsKey(servicePackage.serviceId())) {
            throw new IllegalStateException("no service " + servicePackage.serviceId());
        }
        packages.put(servicePackage.id(), servicePackage);
    }

    @Override
    public synchronized void updatePackage(ServicePackage servicePackage) {
        packages.replace(servicePackage.id(), servicePackage);
    }

    @Override
    public synchronized Optional<ServicePackage> servicePackage(String id) {
        return Optional.ofNullable(packages.get(id));
    }

    @Override
    public synchronized boolean deletePackage(String id) {
        return packages.remove(id) != null;
    }

    @Override
    public synchronized List<ServicePackage> packagesOf(String serviceId) {
        return packages.values().stream()
                .filter(servicePackage -> servicePackage.serviceId().equals(serviceId))
                .sorted(Comparator.comparing((ServicePackage p) -> p.price().minor()).thenComparing(ServicePackage::id))
                .toList();
    }
}
