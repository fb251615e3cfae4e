package dev.callout.bootstrap;

import dev.callout.application.catalog.CatalogService;
import dev.callout.application.catalog.CatalogUseCase;
import dev.callout.application.file.StoredFiles;
import dev.callout.application.port.AuditLog;
import dev.callout.application.port.Catalog;
import dev.callout.application.port.Categories;
import dev.callout.application.port.Transactions;
import dev.callout.domain.id.IdGenerator;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The catalog of services and packages. */
@Factory
class CatalogUseCases {

    @Singleton
    CatalogUseCase catalog(Catalog catalog, Categories categories, StoredFiles files, AuditLog audit,
                           Transactions transactions, Clock clock, IdGenerator ids) {
        return new CatalogService(catalog, categories, files, audit, transactions, clock, ids);
    }
}
