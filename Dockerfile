# Production image: gunicorn serving the app, static files through WhiteNoise.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app

COPY pyproject.toml README.md ./
COPY apps ./apps
COPY openzaak_governance ./openzaak_governance
RUN pip install --no-cache-dir .

COPY . .
RUN SECRET_KEY="$(python -c 'import secrets; print(secrets.token_urlsafe(50))')" \
    python manage.py collectstatic --noinput

RUN useradd --system --uid 1000 app && mkdir -p var && chown app var
USER app
EXPOSE 8000
# Migrations may take longer than a request's statement timeout; gunicorn's
# settings (workers, timeouts, request limits) are in gunicorn.conf.py.
CMD ["sh", "-c", "DATABASE_STATEMENT_TIMEOUT=0 python manage.py migrate --noinput && exec gunicorn -c gunicorn.conf.py openzaak_governance.wsgi"]
