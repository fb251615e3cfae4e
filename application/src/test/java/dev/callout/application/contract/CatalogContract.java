package dev.callout.application.contract;

import static dev.callout.application.contract.ContractFixtures.at;
import static dev.callout.application.contract.ContractFixtures.php;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.application.PageRequest;
import dev.callout.application.port.Catalog;
import dev.callout.application.port.Jobs;
import dev.callout.application.port.Orders;
import dev.callout.application.port.Users;
import dev.callout.domain.catalog.DetailField;
import dev.callout.domain.catalog.FieldType;
import dev.callout.domain.catalog.Order;
import dev.callout.domain.catalog.OrderDetails;
import dev.callout.domain.catalog.Service;
import dev.callout.domain.catalog.ServicePackage;
import dev.callout.domain.catalog.ServiceStatus;
import dev.callout.domain.job.Job;
import dev.callout.domain.user.User;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Catalog} and {@link Orders} store must do. The categories used (plumber,
 * cleaning) exist in every deployment's default catalogue; a store under test starts empty.
 */
public abstract class CatalogContract {

    protected abstract Catalog catalog();

    protected abstract Orders orders();

    protected abstract Jobs jobs();

    protected abstract Users users();

    protected void emptyStores() {
    }

    @BeforeEach
    void empty() {
        emptyStores();
    }

    private static final List<DetailField> SCHEMA = List.of(
            new DetailField("rooms", FieldType.NUMBER, true, List.of()),
            new DetailField("size", FieldType.STRING, false, List.of("studio", "family home")),
            new DetailField("pets", FieldType.BOOLEAN, false, List.of()),
            new DetailField("preferred_date", FieldType.DATE, false, List.of()));

    private static Service service(String name, String category, ServiceStatus status) {
        return new Service("svc_" + ContractFixtures.unique(), name, "Floors, kitchen and bathrooms", null, category, status,
                SCHEMA, at(0), at(0));
    }

    private static ServicePackage servicePackage(Service service, String name, long minor) {
        return new ServicePackage("pkg_" + ContractFixtures.unique(), service.id(), name, "Two cleaners", php(minor), 180,
                List.of("supplies included", "eco products"), at(1), at(1));
    }

    @Test
    void active_services_list_by_name_within_a_category_in_pages_and_read_back_whole() {
        Service deep = service("Deep clean", "cleaning", ServiceStatus.ACTIVE);
        Service basic = service("Basic clean", "cleaning", ServiceStatus.ACTIVE);
        Service archived = service("Carpet clean", "cleaning", ServiceStatus.ARCHIVED);
        Service pipes = service("Pipe check", "plumber", ServiceStatus.ACTIVE);
        List.of(deep, basic, archived, pipes).forEach(catalog()::addService);

        assertThat(catalog().service(deep.id())).contains(deep);
        assertThat(catalog().service(archived.id())).contains(archived);
        assertThat(catalog().service("svc_nothing")).isEmpty();
        assertThat(catalog().activeServices("cleaning", new PageRequest(1, 1)).items()).containsExactly(basic);
        assertThat(catalog().activeServices("cleaning", new PageRequest(2, 1)).items()).containsExactly(deep);
        assertThat(catalog().activeServices("cleaning", new PageRequest(1, 10)).total()).isEqualTo(2);
        assertThat(catalog().activeServices(null, new PageRequest(1, 10)).items()).containsExactly(basic, deep, pipes);
    }

    @Test
    void an_updated_service_reads_back_changed_and_archiving_takes_it_off_the_list() {
        Service basic = service("Basic clean", "cleaning", ServiceStatus.ACTIVE);
        catalog().addService(basic);
        Service archived = new Service(basic.id(), "Basic clean (old)", null, null, "plumber", ServiceStatus.ARCHIVED,
                List.of(new DetailField("notes", FieldType.STRING, false, List.of())), basic.createdAt(), at(30));

        catalog().updateService(archived);

        assertThat(catalog().service(basic.id())).contains(archived);
        assertThat(catalog().activeServices(null, new PageRequest(1, 10)).items()).isEmpty();
    }

    @Test
    void packages_list_cheapest_first_change_and_go() {
        Service basic = service("Basic clean", "cleaning", ServiceStatus.ACTIVE);
        Service other = service("Deep clean", "cleaning", ServiceStatus.ACTIVE);
        catalog().addService(basic);
        catalog().addService(other);
        ServicePackage family = servicePackage(basic, "Family home", 250_000);
        ServicePackage studio = servicePackage(basic, "Studio", 120_000);
        ServicePackage elsewhere = servicePackage(other, "Studio", 180_000);
        List.of(family, studio, elsewhere).forEach(catalog()::addPackage);

        assertThat(catalog().packagesOf(basic.id())).containsExactly(studio, family);
        ServicePackage dearer = new ServicePackage(studio.id(), basic.id(), "Studio plus", null, php(300_000), 240, List.of(),
                studio.createdAt(), at(40));
        catalog().updatePackage(dearer);
        assertThat(catalog().servicePackage(studio.id())).contains(dearer);
        assertThat(catalog().packagesOf(basic.id())).containsExactly(family, dearer);

        assertThat(catalog().deletePackage(family.id())).isTrue();
        assertThat(catalog().deletePackage(family.id())).isFalse();
        assertThat(catalog().servicePackage(family.id())).isEmpty();
        assertThat(catalog().packagesOf(basic.id())).containsExactly(dearer);
        assertThat(catalog().packagesOf(other.id())).containsExactly(elsewhere);
    }

    @Test
    void an_order_keeps_its_copy_of_the_package_and_its_details_whatever_the_catalog_does() {
        User customer = ContractFixtures.customer();
        users().add(customer);
        Job job = ContractFixtures.requested(customer.id(), "cleaning", at(0));
        jobs().add(job);
        Service basic = service("Basic clean", "cleaning", ServiceStatus.ACTIVE);
        catalog().addService(basic);
        ServicePackage studio = servicePackage(basic, "Studio", 120_000);
        catalog().addPackage(studio);
        OrderDetails details = new OrderDetails(Map.of("rooms", new BigDecimal("2.50"), "size", "studio", "pets", true,
                "preferred_date", "2030-06-30"));
        Order order = Order.of(job.id(), basic, studio, details);

        orders().add(order);
        catalog().updatePackage(new ServicePackage(studio.id(), basic.id(), "Studio", null, php(999_900), 60, List.of(),
                studio.createdAt(), at(50)));
        catalog().deletePackage(studio.id());

        Order stored = orders().ofJob(job.id()).orElseThrow();
        assertThat(stored).isEqualTo(order);
        assertThat(stored.price()).isEqualTo(php(120_000));
        assertThat(stored.details().values()).containsEntry("rooms", new BigDecimal("2.5")).containsEntry("pets", true);
        assertThat(orders().ofJob(ContractFixtures.jobId())).isEmpty();
    }
}
