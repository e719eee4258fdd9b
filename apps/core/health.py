"""Health endpoints for the orchestrator and the load balancer.

``/health/live`` says the process answers and needs no database, so a database
outage never gets the app restarted; ``/health/ready`` says whether the
database answers, so that traffic goes elsewhere while it does not. Both run
outside ``ATOMIC_REQUESTS`` and are never cached.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.db import DatabaseError, connection, transaction
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)


@never_cache
@require_safe
@transaction.non_atomic_requests
def live(request: HttpRequest) -> JsonResponse:
    """200 whenever the process can answer a request."""
    return JsonResponse({"status": "pass"})


@never_cache
@require_safe
@transaction.non_atomic_requests
def ready(request: HttpRequest) -> JsonResponse:
    """200 when the database answers a query in time, else 503."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as exc:
        logger.warning("Not ready: the database does not answer: %s", exc)
        response = JsonResponse({"status": "fail"}, status=503)
        response["Retry-After"] = str(settings.DATABASE_RETRY_AFTER)
        return response
    return JsonResponse({"status": "pass"})
