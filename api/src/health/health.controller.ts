import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Public } from '../common/auth/public.decorator';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly db: DataSource) {}

  /** Liveness: the process answers. */
  @Get()
  live(): { status: string } {
    return { status: 'ok' };
  }

  /** Readiness: the database answers and no migration is pending. */
  @Get('ready')
  async ready(): Promise<{ status: string; database: string; migrations: string }> {
    try {
      await this.db.query('SELECT 1');
      const pending = await this.db.showMigrations();
      if (pending)
        throw new ServiceUnavailableException({
          message: 'Migrations are pending',
          database: 'up',
          migrations: 'pending',
        });
      return { status: 'ready', database: 'up', migrations: 'applied' };
    } catch (error) {
      if (error instanceof ServiceUnavailableException) throw error;
      throw new ServiceUnavailableException({ message: 'The database does not answer', database: 'down' });
    }
  }
}
